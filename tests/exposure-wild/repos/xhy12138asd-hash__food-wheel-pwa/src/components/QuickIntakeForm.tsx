import { useEffect, useState, type FormEvent } from "react";
import type { Food } from "../types";
import { createId } from "../utils/storage";
export default function QuickIntakeForm({
