import { useState, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Sparkles, X, Copy } from "lucide-react";
import { toast } from "sonner";
export default SunoAssistant;
