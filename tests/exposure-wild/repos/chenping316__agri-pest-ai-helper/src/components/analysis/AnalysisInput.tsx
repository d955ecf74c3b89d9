import React from "react";
import { AnalysisMode } from "@/types";
import CameraComponent from "@/components/CameraComponent";
import PlantTypeSelector from "@/components/PlantTypeSelector";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Input } from "@/components/ui/input";
import { useAppContext } from "@/context/AppContext";
export default AnalysisInput;
