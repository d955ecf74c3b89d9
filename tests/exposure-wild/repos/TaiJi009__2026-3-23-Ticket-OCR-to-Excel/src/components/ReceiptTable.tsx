import { useMemo, useState } from "react";
import SortableTh from "./SortableTh";
import type { Receipt, ReceiptItem } from "../types/receipt";
import {
} from "../lib/receiptTableSort";
export default function ReceiptTable({ receipt, onChange }: ReceiptTableProps) {
