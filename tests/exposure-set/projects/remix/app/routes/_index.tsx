import { db } from '~/utils/db.server';

export async function loader() {
  const key = '__ZAI_KEY_69__';
  return { ok: !!key, db };
}

export default function Index() {
  const shown = '__ZAI_KEY_70__';
  return <p>{shown.length}</p>;
}
