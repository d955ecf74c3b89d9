import ChatLayout from '../components/ChatLayout';
export default function Home() {
  return <ChatLayout />;
}
