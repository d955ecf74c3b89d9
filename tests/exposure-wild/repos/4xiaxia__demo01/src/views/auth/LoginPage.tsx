import { useState } from "react";
import { useNavigate, useSearchParams } from "react-router-dom";
import { Lock, User, Loader2, Store } from "lucide-react";
export const LoginPage = () => {
