import { Link, useParams } from "react-router";

export function NotFoundPage() {
  const { org } = useParams();
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no such page. <Link to={`/${org ?? ""}`}>Go to the documents</Link>.
      </p>
    </>
  );
}
