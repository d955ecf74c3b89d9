const SUPPORT_KEY = "KF_PLACEHOLDER_NEXT_PAGE_XXXXXXXXXXXXXXXXXXXXXXXX";

export default function About() {
  return (
    <main>
      <h1>About</h1>
      <button onClick={() => navigator.clipboard.writeText(SUPPORT_KEY)}>Copy support key</button>
    </main>
  );
}
