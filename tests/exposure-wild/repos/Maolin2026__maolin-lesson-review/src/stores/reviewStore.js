import { create } from "zustand"
export default useReviewStore
