import React, { useState, useEffect, useRef } from 'react';
import { useParams, useNavigate } from 'react-router-dom';
import { api } from '../services/api';
import { PaperAirplaneIcon, PlusIcon, ChatBubbleLeftRightIcon, ExclamationCircleIcon, ArrowLeftIcon } from '@heroicons/react/24/outline';
export default function MobileTesterChat() {
