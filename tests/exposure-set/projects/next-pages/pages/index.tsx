import { Chat } from "../components/Chat";

export async function getServerSideProps() {
  const key = "__ZAI_KEY_37__";
  return { props: { ok: !!key } };
}

const BANNER_KEY = "__ZAI_KEY_38__";

export default function Home() {
  return <Chat banner={BANNER_KEY} />;
}
