import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { ArrowRight, Music, ArrowLeft } from "lucide-react";
import { useNavigate } from "react-router-dom";
export default Demo;
