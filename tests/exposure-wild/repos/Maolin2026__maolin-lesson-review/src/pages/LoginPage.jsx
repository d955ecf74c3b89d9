import { useState } from "react"
import { useNavigate } from "react-router-dom"
import useAuthStore from "../stores/authStore"
import { GraduationCap, Users } from "lucide-react"
export default function LoginPage() {
