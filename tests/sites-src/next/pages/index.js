import Link from "next/link";
import dynamic from "next/dynamic";

const Assistant = dynamic(() => import("../components/Assistant"), { ssr: false });

export default function Home({ chat }) {
  return (
    <main>
      <h1>Docs assistant</h1>
      <p>Model: {chat.model}</p>
      <Assistant model={chat.model} />
      <Link href="/about">About</Link>
    </main>
  );
}

export async function getStaticProps() {
  return {
    props: {
      chat: { model: "glm-4-flash", token: "KF_PLACEHOLDER_NEXT_DATA_XXXXXXXXXXXXXXXXXXXXXXXX" },
    },
  };
}
