import { useState, useMemo } from "react"
import { useNavigate } from "react-router-dom"
import useReviewStore from "../stores/reviewStore"
import useAuthStore from "../stores/authStore"
import {
} from "lucide-react"
import { REVIEW_TYPES, getRating } from "../data/reviewStandards"
export default function ReviewHistoryPage() {
