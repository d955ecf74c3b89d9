import React, { useState, useEffect } from 'react';
import { useParams, useNavigate } from 'react-router-dom';
import { api } from '../services/api';
import { PlusIcon, ChatBubbleLeftRightIcon, ArrowLeftIcon, TrashIcon } from '@heroicons/react/24/outline';
export default function MobileTesterChatSessions() {
