/** What the builder shell hands every operations page. */
export interface OperationsPageProps {
  organisation: string;
  /** The signed-in person's roles in the organisation. */
  roles: readonly string[];
}
