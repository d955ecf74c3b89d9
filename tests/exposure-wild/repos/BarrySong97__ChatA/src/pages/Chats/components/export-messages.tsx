import { Chat, Message } from "@/api/models/Chat";
import { brandAtom } from "@/atom";
import {
} from "@nextui-org/react";
import { Steps, message } from "antd";
import { useAtom } from "jotai";
import { FC, useEffect, useMemo, useRef, useState } from "react";
import { useQueryClient } from "react-query";
import MessageList from "./message-list";
import { toPng, toBlob } from "html-to-image";
import MessageItem from "./message-item";
export interface ExportMessagesProps {
export default ExportMessages;
