import { useState, useEffect } from "react"
import { Outlet, NavLink, useNavigate } from "react-router-dom"
import useAuthStore from "../stores/authStore"
import useReviewStore from "../stores/reviewStore"
import useTeacherStore from "../stores/teacherStore"
import {
} from "lucide-react"
export default function MainLayout() {
