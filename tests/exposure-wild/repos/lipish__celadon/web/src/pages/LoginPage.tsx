import { useState } from "react";
import { useNavigate, Link } from "react-router-dom";
import { apiStart } from "@/lib/api";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { useAuth } from "@/contexts/AuthContext";
import { useLocale } from "@/contexts/LocaleContext";
import { Zap } from "lucide-react";
export default function LoginPage() {
