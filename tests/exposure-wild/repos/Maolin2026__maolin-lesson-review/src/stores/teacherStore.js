import { create } from "zustand"
import { INITIAL_TEACHERS } from "../data/initialTeachers"
export default useTeacherStore
