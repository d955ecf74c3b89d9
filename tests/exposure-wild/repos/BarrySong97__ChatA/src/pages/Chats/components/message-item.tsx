import { Chat, Message } from "@/api/models/Chat";
import { CodeBlock } from "@/components/CodeBlock";
import React, { FC, useMemo, useRef, useState } from "react";
import ReactLoading from "react-loading";
import remarkGfm from "remark-gfm";
import ReactMarkdown from "react-markdown";
import { brandAtom } from "@/atom";
import { useAtom } from "jotai";
import { Avatar, message } from "antd";
import { Button } from "@nextui-org/react";
import {
} from "@/assets/icon";
import EditMessage from "./edit-message";
import clsx from "clsx";
import ShareMessage from "./ShareMessage";
import { toBlob } from "html-to-image";
export interface MessageItemProps {
export default MessageItem;
