import { useState, useMemo } from "react"
import useTeacherStore from "../stores/teacherStore"
import { GRADES } from "../data/initialTeachers"
import { Users, Plus, Edit2, Trash2, Search, X, Shield, Eye, EyeOff, Key, UserCheck, BookOpen, RefreshCw } from "lucide-react"
export default function TeachersPage() {
