import { EyeFilledIcon, EyeSlashFilledIcon } from "@/assets/icon";
import { brandAtom } from "@/atom";
import { Button, Card, CardBody, Input } from "@nextui-org/react";
import clsx from "clsx";
import { useAtom } from "jotai";
import React, { FC, useEffect, useState } from "react";
export interface KeyInputProps {
export default KeyInput;
