import Link from "next/link";
import { Card, CardContent } from "@/components/ui/card";
import { Nav } from "@/components/Nav";
import { Footer } from "@/components/Footer";
export default function Home() {
              No signup required · Honest feedback · Powered by GLM-4.6
