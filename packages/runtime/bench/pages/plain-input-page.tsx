import { useState } from "react";
import { mountPage, recordData, startProbe } from "./bench-probe.tsx";

// The floor of the measurement: one React-controlled input, nothing else on the page.
const input = startProbe();

function PlainInput() {
  const [value, setValue] = useState("");
  return (
    <label>
      Text{" "}
      <input
        id={input.typedFieldId}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          recordData({ [input.typedField]: event.target.value });
        }}
      />
    </label>
  );
}

mountPage(<PlainInput />);
