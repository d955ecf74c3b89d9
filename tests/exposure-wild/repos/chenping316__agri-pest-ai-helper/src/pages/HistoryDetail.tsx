import React from "react";
import { useParams, Navigate, useNavigate } from "react-router-dom";
import { useAppContext } from "@/context/AppContext";
import Navigation from "@/components/Navigation";
import DiagnosisResult from "@/components/DiagnosisResult";
import { Button } from "@/components/ui/button";
import { ArrowLeft, Calendar, Thermometer, Droplets } from "lucide-react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
export default HistoryDetail;
