import React, { useState, useEffect } from 'react';
import { ResumeForm as ResumeFormType } from '../types/resume';
import { TemplateSelector } from './TemplateSelector';
import toast from 'react-hot-toast';
export const ResumeForm: React.FC<Props> = ({ onSubmit, isLoading, initialData }) => {
