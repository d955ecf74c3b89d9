"use client";
import { useCallback, useEffect, useRef, useState } from "react";
export default function FlashPage() {
