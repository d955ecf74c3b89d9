import Link from "next/link";
export default function HomePage() {
