"use client";
import { useState } from "react";
import styles from "./FormulaPanel.module.css";
export default function FormulaPanel({ onInsert }) {
