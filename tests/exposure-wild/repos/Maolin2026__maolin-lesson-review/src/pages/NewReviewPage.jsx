import { useState, useEffect, useMemo } from "react"
import { useNavigate } from "react-router-dom"
import useAuthStore from "../stores/authStore"
import useTeacherStore from "../stores/teacherStore"
import useReviewStore from "../stores/reviewStore"
import useSettingsStore from "../stores/settingsStore"
import { callZhipuReview } from "../api/zhipu"
import { REVIEW_TYPES, REVIEW_DIMENSIONS, REVIEW_TYPE_OPTIONS, PASS_SCORE } from "../data/reviewStandards"
import {
} from "lucide-react"
export default function NewReviewPage() {
        // Score validation done in zhipu.js
