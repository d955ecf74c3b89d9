import { useMemo, useState } from "react";
import SortableTh from "./SortableTh";
import type { QueueFile, Receipt, ReceiptItem } from "../types/receipt";
import {
} from "../lib/receiptTableSort";
export default function MergedReceiptTable({ queue, onUpdateReceipt }: MergedReceiptTableProps) {
