import { Button } from "@/components/ui/button";
import { Music, Sparkles, Share2 } from "lucide-react";
import { useNavigate } from "react-router-dom";
import heroBg from "@/assets/hero-bg.jpg";
export default Index;
