import {
} from "./tauriService"
import type { Trip, UserPreferences } from "../types"
import { useState, useEffect } from "react"
export function useTrips() {
export const examples = {
