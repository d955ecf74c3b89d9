import { useState, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Textarea } from "@/components/ui/textarea";
import { Music, Wand2, ArrowLeft, History, Trash2 } from "lucide-react";
import { useNavigate } from "react-router-dom";
import SunoAssistant from "@/components/SunoAssistant";
export default SunoDemo;
