"use client";
import { FormEvent, useCallback, useEffect, useRef, useState } from "react";
export default function MarketPage() {
