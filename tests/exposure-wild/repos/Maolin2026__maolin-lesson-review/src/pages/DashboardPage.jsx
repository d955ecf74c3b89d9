import { useState, useMemo } from "react"
import { useNavigate } from "react-router-dom"
import useAuthStore from "../stores/authStore"
import useReviewStore from "../stores/reviewStore"
import useTeacherStore from "../stores/teacherStore"
import {
} from "lucide-react"
import { REVIEW_TYPES, getRating, RATING_LEVELS } from "../data/reviewStandards"
export default function DashboardPage() {
