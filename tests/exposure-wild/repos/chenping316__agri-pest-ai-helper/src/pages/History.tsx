import React, { useState } from "react";
import { useAppContext } from "@/context/AppContext";
import { Clock, Filter, Search } from "lucide-react";
import { Navigate } from "react-router-dom";
import Navigation from "@/components/Navigation";
import HistoryItem from "@/components/HistoryItem";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { 
} from "@/components/ui/select";
export default History;
