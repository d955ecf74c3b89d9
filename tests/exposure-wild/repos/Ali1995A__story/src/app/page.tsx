import StoryToy from "@/components/StoryToy";

export default function Home() {
  return <StoryToy />;
}
