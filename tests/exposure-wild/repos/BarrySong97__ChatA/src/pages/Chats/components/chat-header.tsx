import { Chat } from "@/api/models/Chat";
import { ChatService } from "@/api/services/ChatService";
import { MdiShare } from "@/assets/icon";
import { brandAtom } from "@/atom";
import { Button, Input, Tooltip } from "@nextui-org/react";
import { message } from "antd";
import { useAtom } from "jotai";
import { FC, useEffect, useState } from "react";
import { useQueryClient } from "react-query";
import ExportMessages from "./export-messages";
import React from "react";
export interface ChatHeaderProps {
export default React.memo(ChatHeader);
