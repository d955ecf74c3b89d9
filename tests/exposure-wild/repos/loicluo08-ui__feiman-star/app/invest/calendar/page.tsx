"use client";
import { useEffect, useMemo, useState } from "react";
export default function CalendarPage() {
