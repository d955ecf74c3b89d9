"use client";
import { useMemo, useState } from "react";
export default function AdminPage() {
