; Inno Setup script for frontdesk (build the PyInstaller one-folder bundle first: dist\frontdesk\).
;   iscc packaging\windows\frontdesk.iss
; Silent install for IT (standard Inno Setup switches):
;   frontdesk-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /SP-
;   frontdesk-setup.exe /VERYSILENT /DIR="C:\Program Files\frontdesk" /TASKS="desktopicon"
;   frontdesk-setup.exe /VERYSILENT /LOG="C:\Temp\frontdesk-install.log"
; Silent uninstall:
;   "C:\Program Files\frontdesk\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Data (visit log, settings, local guides) lives per user in %LOCALAPPDATA%\frontdesk and is never removed by
; the uninstaller. Set the FRONTDESK_HOME environment variable to move it (see docs/install.md).

#define AppName "frontdesk"
#define AppVersion "0.1.0"

[Setup]
AppId={{6E0F4C9B-6B0B-4E4A-9A51-3C1E2D7F5A10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=frontdesk contributors
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=commandline
OutputBaseFilename=frontdesk-setup-{#AppVersion}
OutputDir=..\..\dist
SetupIconFile=frontdesk.ico
UninstallDisplayIcon={app}\frontdesk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "norwegian"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\frontdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\frontdesk.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\frontdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\frontdesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
