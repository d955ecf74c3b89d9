import Link from "next/link";
export const metadata = {
    tags: ["截图分析", "多轮对话", "GLM-4V"],
export default function HomePage() {
