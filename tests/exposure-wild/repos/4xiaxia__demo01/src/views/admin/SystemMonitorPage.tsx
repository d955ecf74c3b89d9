import { Database, Cpu, HardDrive } from "lucide-react";
export default function SystemMonitorPage() {
