import {
} from "@/assets/icon";
import { brandAtom } from "@/atom";
import { BrandList } from "@/model";
import { ipcDevtoolMain } from "@/service/ipc";
import { Button, Tooltip } from "@nextui-org/react";
import { FC, useEffect } from "react";
import { useLocation, useNavigate } from "react-router-dom";
import { useAtom } from "jotai";
export interface SideProps {}
export default Side;
