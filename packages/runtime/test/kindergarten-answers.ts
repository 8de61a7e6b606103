/** Complete, valid answers to the demo kindergarten form (with one hidden answer left in). */
export const kindergartenAnswers = () => ({
  child: {
    givenName: "Anna",
    familyName: "Nováková",
    birthDate: "2021-03-04",
    citizenship: "cz",
    birthNumber: "215510/1234",
    address: { street: "Sluneční 118", city: "Dubová", postalCode: "386 01" },
  },
  representatives: [
    {
      givenName: "Eva",
      familyName: "Nováková",
      relationship: "mother",
      birthDate: "1990-01-02",
      phone: "+420 777 123 456",
      email: "eva@example.cz",
      sameAddressAsChild: "yes",
    },
  ],
  preferences: {
    kindergarten: "ms-slunecni",
    startDate: "2025-09-01",
    attendance: "full-day",
    specialNeeds: "no",
    // Hidden: special needs were answered "no" after this was typed.
    specialNeedsDetails: "Needs a teaching assistant",
    siblingAttends: "no",
  },
  declarations: {
    compulsoryPreschool: "no",
    vaccinationConfirmation: "vaccination-0001",
    truthful: true,
    representativesAgree: true,
    privacyNotice: true,
  },
});
