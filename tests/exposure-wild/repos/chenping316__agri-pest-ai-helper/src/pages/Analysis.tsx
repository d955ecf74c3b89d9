import React, { useState } from "react";
import { Navigate } from "react-router-dom";
import { useAppContext } from "@/context/AppContext";
import { Image } from "lucide-react";
import { useToast } from "@/hooks/use-toast";
import { 
} from "@/utils/aiAnalysis";
import Navigation from "@/components/Navigation";
import SearchResults from "@/components/SearchResults";
import AnalysisHeader from "@/components/analysis/AnalysisHeader";
import ConnectionStatus from "@/components/analysis/ConnectionStatus";
import AnalysisInput from "@/components/analysis/AnalysisInput";
import AnalysisOutput from "@/components/analysis/AnalysisOutput";
import InfoMessages from "@/components/analysis/InfoMessages";
import AnalysisIntegration from "@/components/analysis/AnalysisIntegration";
import { Button } from "@/components/ui/button";
import { Switch } from "@/components/ui/switch";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
                    <SelectItem value="zhipu">智谱清言 (精准)</SelectItem>
export default Analysis;
