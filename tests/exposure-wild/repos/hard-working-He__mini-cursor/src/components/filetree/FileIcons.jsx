import React from 'react';
export const ArrowIcon = ({ isExpanded }) => (
export const FileIcons = {
export const getFileIcon = (extension) => {
