# Copyright (c) The azure-ai-vision-face clone contributors. Licensed under the MIT License.
VERSION = "1.0.0b2"
